import { ViewPage, type ViewRouteProps, viewRouteMetadata, viewStaticParams } from "@/components/view/view-page";

// The site's map pages without a date, prerendered: `/`, `/centers/<slug>` (components/view).
export const dynamicParams = false;
export const generateStaticParams = () => viewStaticParams({ embedded: false });
export const generateMetadata = (props: ViewRouteProps) => viewRouteMetadata(props, { embedded: false });
export default (props: ViewRouteProps) => <ViewPage {...props} embedded={false} />;
