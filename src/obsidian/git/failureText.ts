/** What commands say when the vault has no repository yet. */
export const NOT_VERSIONED = 'This vault is not versioned yet: run the initialise repository command first.';
