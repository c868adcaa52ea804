export function EmptyState({ children, testId = 'empty-state' }: { children: React.ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      {children}
    </div>
  );
}
