// Another user signs in on the same page (the demo's user switcher calls `identify` with their
// token): the panel shows the new user's home, not the screen the previous user was on, and none
// of what the previous user typed; switching back brings theirs again, as they left it.
// Needs `pnpm build` first (the built demo and widget).
import { expect, it, onTestFinished } from "vitest";
import { callApi, cardOf, launcherOf, openDemo, panelOf, widgetReady } from "./support/demoPage.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();

it("shows the new user's home after a switch, without the previous user's screen or drafts", async () => {
  const { context, page, errors } = await openDemo(demo.browser, demo.site, "sam.okafor");
  onTestFinished(() => context.close());
  const panel = panelOf(page);
  const pulse = panel.getByRole("form", { name: /how much value do you get/ });
  const comment = pulse.getByLabel("Anything to add? (optional)");
  const switchTo = async (userId: string) => {
    await page.getByLabel("Signed in as").selectOption(userId);
    await widgetReady(page);
  };

  // Sam, half-way through two forms: the pulse on home, and a correction on his log screen.
  await launcherOf(page).click();
  await pulse.getByRole("radio", { name: /A lot of value/ }).check();
  await comment.fill("Half a thought");
  const meetings = cardOf(page, "Meetings booked per week");
  await meetings.getByRole("button", { name: "Log progress" }).click();
  await panel.getByRole("heading", { name: "Log progress: Meetings booked per week" }).waitFor();
  await panel.locator(".gp-history li").first().getByRole("button", { name: "Edit" }).click();
  const correction = panel.getByRole("group", { name: /^Correct / });
  const field = correction.getByRole("textbox", { name: /^Meetings booked per week/ });
  await field.fill("9");

  // Marcus (Globex's SDR, the same role): his own home, nothing of Sam's.
  await switchTo("marcus.lee");
  const home = panel.getByRole("heading", { name: "Your metrics" });
  await home.waitFor();
  expect(await panel.getByRole("heading", { name: /^Log progress/ }).count()).toBe(0);
  expect(await panel.getByRole("button", { name: "Save correction" }).count()).toBe(0);
  expect(await panel.getByText("This metric is no longer tracked.").count()).toBe(0);
  await cardOf(page, "Qualified contacts per week").waitFor();
  const session = await callApi<{ user: { id: string }; pulseDue: boolean }>(
    page,
    "GET",
    "/v1/session",
  );
  expect(session).toMatchObject({ user: { id: "marcus.lee" }, pulseDue: true });
  await pulse.waitFor();
  expect(await pulse.getByRole("radio", { name: /A lot of value/ }).isChecked()).toBe(false);
  expect(await comment.count()).toBe(0); // offered once a score is chosen: none is
  expect(await page.locator("[data-goalpost-widget] .gp-sr-only[aria-live]").textContent()).toBe(
    "",
  );

  // Sam again: where he was, with what he typed.
  await switchTo("sam.okafor");
  await panel.getByRole("heading", { name: "Log progress: Meetings booked per week" }).waitFor();
  expect(await field.inputValue()).toBe("9");
  await panel.getByRole("button", { name: "Back" }).click();
  await home.waitFor();
  expect(await pulse.getByRole("radio", { name: /A lot of value/ }).isChecked()).toBe(true);
  expect(await comment.inputValue()).toBe("Half a thought");
  expect(errors).toEqual([]);
});
