// The host's own work: fill a table, as a product page would.
const rows = document.getElementById("rows");
for (let i = 0; i < 40; i++) {
  const tr = document.createElement("tr");
  tr.innerHTML = `<td>Company ${i}</td><td>${(i * 37) % 100}</td><td>${i % 3 ? "yes" : "no"}</td>`;
  rows.append(tr);
}
