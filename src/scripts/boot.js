// Runs before first paint: marks that scripts run (so controls that need them are laid out
// from the start) and applies a remembered colour theme.
document.documentElement.classList.add('js');
(function () {
  var t = localStorage.getItem('llm-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
})();
