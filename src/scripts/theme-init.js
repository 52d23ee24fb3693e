(function () {
  var t = localStorage.getItem('llm-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
})();
