/** oci-flatten's version (package.json's; a unit test keeps them equal), for what the library writes about itself. */
export const VERSION = '0.1.0';
