import Link from 'next/link';

export function Brand() {
  return (
    <Link href="/" className="brand" data-testid="brand">
      <span className="brand__mark" aria-hidden>
        ◆
      </span>
      Lantern
    </Link>
  );
}
