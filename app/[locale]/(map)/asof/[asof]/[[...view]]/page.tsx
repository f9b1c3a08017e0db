import { ViewPage, type ViewRouteProps, viewRouteMetadata } from "@/components/view/view-page";

// The site's dated views (`/?asof=`, `/centers/<slug>?asof=`), rendered per request (components/view).
export const dynamic = "force-dynamic";
export const generateMetadata = (props: ViewRouteProps) => viewRouteMetadata(props, { embedded: false });
export default (props: ViewRouteProps) => <ViewPage {...props} embedded={false} />;
