// The GraphQL client: each query the page runs is a file ../queries/<name>.graphql, fetched once; the answer's
// errors become one Error with their messages.

const endpoint = new URL('../graphql', import.meta.url);
const texts = new Map();

/** The text of the query file `name`, fetched the first time it is asked for (a failed fetch is tried again). */
function queryText(name) {
  if (!texts.has(name)) {
    const url = new URL(`../queries/${name}.graphql`, import.meta.url);
    const text = fetch(url).then(response => {
      if (!response.ok) throw new Error(`${url.pathname}: ${response.status} ${response.statusText}`);
      return response.text();
    });
    text.catch(() => texts.delete(name));
    texts.set(name, text);
  }
  return texts.get(name);
}

/** Runs the query or mutation of file `name` with `variables` (and the admin `token`, if given); returns its data. */
export async function query(name, variables = {}, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const body = JSON.stringify({ query: await queryText(name), variables });
  const response = await fetch(endpoint, { method: 'POST', headers, body });
  const json = await response.json();
  if (json.errors && json.errors.length) throw new Error(json.errors.map(e => e.message).join('; '));
  return json.data;
}
