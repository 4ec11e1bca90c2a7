/** The app's id: electron-builder's appId and the Windows AppUserModelID (toasts need both equal). */
export const APP_ID = "se.jour.tray";
export const APP_NAME = "Jour";
