export function Popup() {
  return (
    <main class="popup">
      <h1>APR Lens</h1>
      <p>Search ICT4Peace's positions on the OEWG Annual Progress Reports.</p>
    </main>
  );
}
