// Loaded into the real Electron main process (NODE_OPTIONS=--require, a dev build only: the
// packaged app's fuses refuse NODE_OPTIONS). Records the tray's menu and the notifications
// shown, which no Electron API lists, for start-real.ts to read through evaluate().
"use strict";
const { Tray, Notification } = require("electron");
const seen = { trays: 0, menu: null, notifications: [] };
globalThis.__jourSeen = seen;
const setContextMenu = Tray.prototype.setContextMenu;
Tray.prototype.setContextMenu = function (menu) {
  seen.trays = 1;
  seen.menu = menu;
  return setContextMenu.call(this, menu);
};
const show = Notification.prototype.show;
Notification.prototype.show = function () {
  seen.notifications.push(this.title);
  return show.call(this);
};
