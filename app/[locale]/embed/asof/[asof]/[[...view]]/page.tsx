import { ViewPage, type ViewRouteProps, viewRouteMetadata, viewStateParams } from "@/components/view/view-page";

// The embeds' dated views (`/embed?asof=`, `/embed/<slug>?asof=`): one prerendered page per state
// (lib/contract.ts `stateDate`; decision 010).
export const dynamicParams = false;
export const generateStaticParams = () => viewStateParams({ embedded: true });
export const generateMetadata = (props: ViewRouteProps) => viewRouteMetadata(props, { embedded: true });
export default (props: ViewRouteProps) => <ViewPage {...props} embedded />;
