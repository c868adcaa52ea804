'use client';

import { useState } from 'react';
import { usePodYaml } from '@/lib/queries/k8s/use-pod';
import { PodSection } from './PodSection';

/** The object as read-only YAML, fetched when opened. */
export function PodYaml({ namespace, name }: { namespace: string; name: string }) {
  const [open, setOpen] = useState(false);
  const yaml = usePodYaml(namespace, name, { enabled: open });
  return (
    <PodSection id="yaml" title="YAML" source="Kubernetes" error={yaml.error} loading={open && yaml.isLoading}>
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid="yaml-toggle">
        <summary>Show the pod object (read-only)</summary>
        {yaml.data ? (
          <pre className="yaml-view" data-testid="pod-yaml">
            {yaml.data}
          </pre>
        ) : null}
      </details>
    </PodSection>
  );
}
