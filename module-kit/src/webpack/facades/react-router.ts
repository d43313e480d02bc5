/**
 * What the portal shares as `react-router`: its client-side routing API. Shared modules cannot be
 * tree-shaken (a remote may use any export), and react-router 7's full entry also carries its
 * server, data-loading and RSC code: about 60 KB gzip, against about 16 KB for this surface.
 * Host and remotes both share this file under the key `react-router` (one router instance);
 * SharedSurfacePlugin fails a build that imports a name missing here. Modules render inside the
 * shell's BrowserRouter, so they need no router of their own. UNSAFE_NavigationContext gives a page the
 * BrowserRouter's navigator, to hold a navigation while a form has unsaved edits (useBlocker needs a data
 * router, 17 KB gzip more in the shell's first load); BrowserRouter already bundles the context.
 */
export {
  BrowserRouter,
  Routes,
  Route,
  Link,
  NavLink,
  Navigate,
  Outlet,
  createSearchParams,
  createPath,
  generatePath,
  matchPath,
  parsePath,
  resolvePath,
  useHref,
  useInRouterContext,
  useLinkClickHandler,
  useLocation,
  useMatch,
  useNavigate,
  useNavigationType,
  useOutlet,
  useOutletContext,
  useParams,
  useResolvedPath,
  useSearchParams,
  UNSAFE_NavigationContext,
} from '@portal/react-router-full';
