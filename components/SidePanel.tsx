export function SidePanel() {
  return (
    <main class="sidepanel">
      <h1>APR Lens</h1>
      <p>References on this page and your notes appear here.</p>
    </main>
  );
}
