// Runs as soon as the page is parsed, before the app's code arrives: shows the loading word in one
// language (the link's lang=, else the browser's), so even a slow first load is never a blank page.
(function () {
  var m = /(?:^#|&)lang=(zh|en)(?:&|$)/.exec(location.hash);
  var lang = m ? m[1] : /^zh/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '') ? 'zh' : 'en';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.documentElement.classList.add('boot-' + lang);
})();
