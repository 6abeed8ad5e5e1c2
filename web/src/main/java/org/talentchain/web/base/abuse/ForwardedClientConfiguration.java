package org.talentchain.web.base.abuse;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who the client is. Tomcat's RemoteIpValve ({@code server.forward-headers-strategy=native}) takes
 * X-Forwarded-For and X-Forwarded-Proto only from the proxies listed in {@code
 * talentchain.trusted-proxies} (addresses or CIDR networks; default none), walking the header from
 * the right so that what a client wrote in front of its proxy's entry is ignored. Tomcat's own
 * default trusted every private address, so anyone on the same network could claim to be anyone and
 * escape every per-client limit (issue 10, finding 4). Everything downstream (rate limits, operator
 * networks, the verification log) reads {@code request.getRemoteAddr()}.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedClientConfiguration
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
  private final AddressRanges trustedProxies;

  ForwardedClientConfiguration(@Value("${talentchain.trusted-proxies:}") String trustedProxies) {
    this.trustedProxies = AddressRanges.parse(trustedProxies);
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    for (Valve valve : factory.getEngineValves()) {
      if (valve instanceof RemoteIpValve remoteIp) {
        remoteIp.setInternalProxies(trustedProxies.isEmpty() ? null : trustedProxies.toCidrList());
        remoteIp.setTrustedProxies(null);
      }
    }
  }

  /** After Spring Boot's own customizer, which creates the valve with Tomcat's defaults. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
