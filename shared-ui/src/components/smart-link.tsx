import type { AnchorHTMLAttributes } from 'react';
import { Link, useInRouterContext } from 'react-router';

export interface SmartLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

// "tel:113", "https://…", "//cdn…" leave the app; everything else is a route.
const LEAVES_THE_APP = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * A link that navigates inside the single-page app (react-router, relative paths resolve against
 * the current route) when it can, and is a plain `<a>` for tel:, mailto:, external URLs or
 * outside a router.
 */
export function SmartLink({ href, children, ...rest }: SmartLinkProps) {
  const inRouter = useInRouterContext();
  if (inRouter && !LEAVES_THE_APP.test(href) && !rest.download && !rest.target) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
