import { UN_SITE_MATCHES } from '../lib/sites';

export function Options() {
  return (
    <main class="options">
      <h1>APR Lens options</h1>
      <h2>Sites annotated automatically</h2>
      <ul>
        {UN_SITE_MATCHES.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
