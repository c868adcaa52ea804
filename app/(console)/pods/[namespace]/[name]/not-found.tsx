import Link from 'next/link';

export default function PodNotFound() {
  return (
    <div className="view" data-testid="pod-not-found">
      <h1 className="view-title">Pod not found</h1>
      <p>
        The Kubernetes API does not know this pod: it may have been deleted. Its logs may still be in Loki — search them
        from <Link href="/logs">Logs</Link>, or go back to the <Link href="/pods">pods list</Link>.
      </p>
    </div>
  );
}
