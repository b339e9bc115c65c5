import { render } from 'preact';
import '../shared/styles.css';
import { AnnouncerProvider } from '../shared/Announcer.js';
import { I18nProvider } from '../shared/i18n/I18nProvider.js';
import { readConfig } from '../shared/readConfig.js';
import { Portal } from './Portal.js';

const config = readConfig();
render(
  <I18nProvider timeZone={config.timeZone ?? 'Asia/Shanghai'}>
    <AnnouncerProvider>
      <Portal config={config} />
    </AnnouncerProvider>
  </I18nProvider>,
  document.getElementById('app')!,
);
