import { render } from 'preact';

function Portal() {
  return (
    <main>
      <h1>市民服务</h1>
    </main>
  );
}

render(<Portal />, document.getElementById('app')!);
