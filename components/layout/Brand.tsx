import { IntentLink } from '@/components/ui/IntentLink';

export function Brand() {
  return (
    <IntentLink href="/" className="brand" data-testid="brand">
      <span className="brand__mark" aria-hidden>
        ◆
      </span>
      Lantern
    </IntentLink>
  );
}
