import { ViewPage, type ViewRouteProps, viewRouteMetadata } from "@/components/view/view-page";

// The embeds' dated views (`/embed?asof=`, `/embed/<slug>?asof=`), rendered per request (components/view).
export const dynamic = "force-dynamic";
export const generateMetadata = (props: ViewRouteProps) => viewRouteMetadata(props, { embedded: true });
export default (props: ViewRouteProps) => <ViewPage {...props} embedded />;
