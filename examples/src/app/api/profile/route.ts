// Next.js App Router route handler.
import { NextResponse } from 'next/server';
import { auth } from '../../../auth';

export async function GET() {
  const session = await auth();
  // ✗ no session is 401, not 403.
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 403 });
  return NextResponse.json(session.user);
}

export async function DELETE() {
  const session = await auth();
  // ✗ 401 without a challenge.
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ✓ 403 for the permission check.
  if (!session.user.isAdmin) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  return new NextResponse(null, { status: 204 });
}
