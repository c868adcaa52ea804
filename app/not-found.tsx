import { IntentLink as Link } from '@/components/ui/IntentLink';

export default function NotFound() {
  return (
    <main className="not-found" data-testid="not-found">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been a link to a view that no longer exists.</p>
      <Link href="/" className="btn" data-testid="not-found-home">
        Go to the overview
      </Link>
    </main>
  );
}
