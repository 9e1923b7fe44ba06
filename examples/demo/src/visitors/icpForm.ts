import { byId, h } from "../shell/h.ts";
import { pageLocale } from "../shell/pageLocale.ts";
import { type Icp, sizeSteps } from "./icp.ts";
import { type Industry, industries, type Region, regions } from "./visitors.ts";

/** The ICP filter form, as the page reads and sets it. */
export interface IcpForm {
  /** Shows a profile (another account's, after a user switch). */
  set(icp: Icp): void;
  /** Moves focus to the first rule and highlights the filter for a moment (the widget's "ICP filter" value element). */
  focus(): void;
}

const sizeLabel = (step: number) =>
  step === 0 ? "Any size" : `${new Intl.NumberFormat(pageLocale).format(step)}+ employees`;

const checkbox = (name: string, value: string) =>
  h(
    "label",
    { class: "check" },
    h("input", { type: "checkbox", name, value }),
    h("span", {}, value),
  );

/**
 * Fills the form's fieldsets (industries, company size, regions, "show only fits") and calls
 * `onChange` with the profile and the toggle whenever the user changes one of them.
 */
export function mountIcpForm(onChange: (icp: Icp, onlyFits: boolean) => void): IcpForm {
  const form = byId<HTMLFormElement>("icp-form");
  byId("icp-industries").append(...industries.map((value) => checkbox("industries", value)));
  byId("icp-regions").append(...regions.map((value) => checkbox("regions", value)));
  const size = byId<HTMLSelectElement>("icp-size");
  size.append(...sizeSteps.map((step) => h("option", { value: step }, sizeLabel(step))));
  const onlyFits = byId<HTMLInputElement>("only-fits");

  const boxes = (name: string) =>
    Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`));
  const read = (): Icp => ({
    industries: boxes("industries")
      .filter((box) => box.checked)
      .map((box) => box.value as Industry),
    minEmployees: Number(size.value),
    regions: boxes("regions")
      .filter((box) => box.checked)
      .map((box) => box.value as Region),
  });
  form.addEventListener("change", () => onChange(read(), onlyFits.checked));
  form.addEventListener("submit", (event) => event.preventDefault());

  return {
    set(icp) {
      for (const box of boxes("industries"))
        box.checked = icp.industries.includes(box.value as Industry);
      for (const box of boxes("regions")) box.checked = icp.regions.includes(box.value as Region);
      size.value = String(icp.minEmployees);
    },
    focus() {
      boxes("industries")[0]?.focus();
      const panel = form.closest("section");
      panel?.classList.add("is-highlighted");
      setTimeout(() => panel?.classList.remove("is-highlighted"), 2000);
    },
  };
}
