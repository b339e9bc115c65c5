import * as echarts from 'echarts';
import { render } from 'preact';

function Console() {
  return (
    <main>
      <h1>12345 治理中心</h1>
      <div
        id="chart"
        style={{ width: 400, height: 300 }}
        ref={(el) => {
          if (el)
            echarts
              .init(el)
              .setOption({ xAxis: { data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] });
        }}
      />
    </main>
  );
}

render(<Console />, document.getElementById('app')!);
