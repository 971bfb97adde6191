// Runs inline in <head> before first paint, so a stored or requested theme never flashes the other one.
// astro.config.mjs hashes this exact string for the Content-Security-Policy.
export const THEME_INIT = `(function(){try{var d=document.documentElement,q=new URLSearchParams(location.search).get('theme'),t=(q==='light'||q==='dark')?q:(q==='auto'?null:localStorage.getItem('rot-theme'));if(t==='light'||t==='dark')d.dataset.theme=t;}catch(e){}})();`;
