import { render } from 'preact';
import '../shared/styles.css';
import './console.css';
import { AnnouncerProvider, I18nProvider, readConfig } from '../shared/index.js';
import { ConsoleApp } from './ConsoleApp.js';

const config = readConfig();

render(
  <I18nProvider timeZone={config.timeZone ?? 'Asia/Shanghai'}>
    <AnnouncerProvider>
      <ConsoleApp config={config} />
    </AnnouncerProvider>
  </I18nProvider>,
  document.getElementById('app')!,
);
