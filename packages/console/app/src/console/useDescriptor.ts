import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, ServiceDescriptor } from '../shared/index.js';

// A service version's descriptor never changes, so one request per version serves the whole session.
const descriptors = new Map<string, Promise<ServiceDescriptor>>();

/** The descriptor of a service version (labels, JSON Schemas, channel policy), fetched once. */
export function useDescriptor(api: ApiClient, service: { id: string; version: number } | undefined) {
  const [descriptor, setDescriptor] = useState<ServiceDescriptor | undefined>(undefined);
  const key = service ? `${api.baseUrl}|${service.id}@${service.version}` : undefined;
  useEffect(() => {
    if (!service || !key) return;
    let promise = descriptors.get(key);
    if (!promise) {
      promise = api.service(service.id, service.version);
      descriptors.set(key, promise);
      promise.catch(() => descriptors.delete(key));
    }
    let live = true;
    promise.then(
      (found) => live && setDescriptor(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [key]);
  return descriptor;
}
