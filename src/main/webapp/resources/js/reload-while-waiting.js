/* While a QR waits to be paid, the page looks again every 10 seconds, so it shows "paid" by itself. */
setTimeout(function () {
  window.location.reload();
}, 10000);
