import { safeNextPath } from '../../../domain/auth/next-path';

/** The page to return to after signing in: only same-site paths, never another origin (the server's rule too). */
export function safeNext(search: string): string {
  return safeNextPath(new URLSearchParams(search).get('next')) ?? '/';
}
