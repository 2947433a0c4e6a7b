// Shows what einlass has granted and offers the API's actions as buttons.
const state = document.getElementById('state');

function show() {
  const einlass = window.Einlass;
  if (!einlass) {
    state.textContent = 'einlass did not start: see the console.';
    return;
  }
  const record = einlass.$record.get();
  state.textContent = JSON.stringify(
    {
      decided: einlass.$decided.get(),
      action: record?.action ?? null,
      consentId: record?.id ?? null,
      lastChanged: record ? new Date(record.updated).toISOString() : null,
      categories: einlass.$grants.get().categories,
      services: einlass.$grants.get().services,
    },
    null,
    2,
  );
}

document.addEventListener('click', (event) => {
  const action = event.target.closest('[data-action]')?.dataset.action;
  const einlass = window.Einlass;
  if (!action || !einlass) return;
  einlass[action]();
});
document.addEventListener('einlass:change', show);
show();
