/** Where the API key is kept in this browser. */
export const API_KEY_STORAGE = 'diorama.studio.apiKey';

/**
 * The API key for servers that require one, kept in the browser's local
 * storage so it survives reloads. Storage may be unavailable (private
 * windows, blocked cookies): the key then lasts for the page's life only.
 */
export function loadApiKey(): string | null {
  try {
    return localStorage.getItem(API_KEY_STORAGE) || null;
  } catch {
    return null;
  }
}

/** Saves the key, or forgets it when null; false if the browser refused to store it. */
export function saveApiKey(key: string | null): boolean {
  try {
    if (key) localStorage.setItem(API_KEY_STORAGE, key);
    else localStorage.removeItem(API_KEY_STORAGE);
    return true;
  } catch {
    return false;
  }
}
