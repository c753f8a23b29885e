// The genre's vocabulary, as the genre query gives it: the role words the reader reads (highlighted in task text)
// and the word that names each role. Loaded once, before the first document is shown.
import { query } from './graphql.js';

let roleWords = null;
const roleNames = new Map();

export async function loadGenre() {
  const { genre } = await query('genre');
  const words = [...new Set(genre.roleWords.map(w => w.word))].sort((a, b) => b.length - a.length);
  roleWords = new RegExp('(' + words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'g');
  for (const { role, word } of genre.roles) roleNames.set(role, word);
}

/** Every role word as one pattern, longest first (null before loadGenre). */
export const roleWordPattern = () => roleWords;

/** The word that names a role (LEAD, JOINT, SUPPORT), as the API gives it; the role itself until the genre is loaded. */
export const roleWord = role => roleNames.get(role) ?? role;
