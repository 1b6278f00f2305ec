/* While a job's run is going (an audit of the books, a savings count), its page looks again every 2 seconds (a plain GET, never the form again). */
setTimeout(function () {
  window.location.replace(window.location.pathname + window.location.search);
}, 2000);
