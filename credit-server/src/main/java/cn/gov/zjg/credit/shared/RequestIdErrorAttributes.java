package cn.gov.zjg.credit.shared;

import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Error pages and error JSON carry the request id, and never an exception message or trace. */
@Component
public class RequestIdErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        attributes.put(RequestIdFilter.ATTRIBUTE, id == null ? "-" : id);
        attributes.remove("message");
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }
}
