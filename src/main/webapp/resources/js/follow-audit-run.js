/* While an audit run is going, the trial balance looks again every 2 seconds (a plain GET, never the form again). */
setTimeout(function () {
  window.location.replace(window.location.pathname);
}, 2000);
