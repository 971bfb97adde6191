// Runs inline in <head> before first paint, so a stored or requested theme never flashes the other one.
// astro.config.mjs hashes this exact string for the Content-Security-Policy.
// It also marks the page as running scripts (data-js), so a view's no-script notice can give way to
// the view before first paint instead of the view pushing in afterwards (a layout shift).
export const THEME_INIT = `(function(){var d=document.documentElement;d.dataset.js='';try{var q=new URLSearchParams(location.search).get('theme'),t=(q==='light'||q==='dark')?q:(q==='auto'?null:localStorage.getItem('rot-theme'));if(t==='light'||t==='dark')d.dataset.theme=t;}catch(e){}})();`;
