import { ViewPage, type ViewRouteProps, viewRouteMetadata, viewStateParams } from "@/components/view/view-page";

// The site's dated views (`/?asof=`, `/centers/<slug>?asof=`): one prerendered page per state, to
// which the proxy sends every date in it (lib/contract.ts `stateDate`; decision 010).
export const dynamicParams = false;
export const generateStaticParams = () => viewStateParams({ embedded: false });
export const generateMetadata = (props: ViewRouteProps) => viewRouteMetadata(props, { embedded: false });
export default (props: ViewRouteProps) => <ViewPage {...props} embedded={false} />;
