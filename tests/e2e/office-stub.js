/*
 * The part of office.js the page uses outside Office, served in place of Microsoft's library in the
 * browser test. The real library opens a telemetry frame at an unpredictable moment (blocked by the
 * page's frame-src 'none'), which made the CSP check fail in some runs; this stub behaves like office.js
 * with no host: Office.onReady resolves with host null, and there is no Excel global.
 */
(function () {
  var info = { host: null, platform: null };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    context: undefined,
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
  };
})();
