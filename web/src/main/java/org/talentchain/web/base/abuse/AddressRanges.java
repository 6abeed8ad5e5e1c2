package org.talentchain.web.base.abuse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of IP networks written as {@code 10.0.0.0/8, 127.0.0.1, ::1/128}: a bare address is a
 * network of one. Only literal addresses are accepted, so checking never asks DNS. Immutable.
 */
public final class AddressRanges {
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private record Network(byte[] address, int prefix) {
    boolean contains(byte[] candidate) {
      if (candidate.length != address.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (candidate[i] != address[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (candidate[full] & mask) == (address[full] & mask);
    }

    String cidr() {
      try {
        return InetAddress.getByAddress(address).getHostAddress() + "/" + prefix;
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final List<Network> networks;

  private AddressRanges(List<Network> networks) {
    this.networks = List.copyOf(networks);
  }

  /**
   * Parses a comma-separated list; blank means no address at all.
   *
   * @throws IllegalArgumentException naming the entry that is not an address or network
   */
  public static AddressRanges parse(String list) {
    List<Network> networks = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        String e = entry.strip();
        if (e.isEmpty()) {
          continue;
        }
        int slash = e.indexOf('/');
        byte[] address = literal(slash < 0 ? e : e.substring(0, slash));
        if (address == null) {
          throw new IllegalArgumentException("not an IP address or network: " + e);
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
          try {
            prefix = Integer.parseInt(e.substring(slash + 1));
          } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("not a prefix length: " + e, ex);
          }
          if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("prefix length out of range: " + e);
          }
        }
        networks.add(new Network(address, prefix));
      }
    }
    return new AddressRanges(networks);
  }

  /** Whether {@code address} (a literal IPv4 or IPv6 address) lies in one of the networks. */
  public boolean contains(String address) {
    byte[] candidate = literal(address);
    if (candidate == null) {
      return false;
    }
    for (Network n : networks) {
      if (n.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return networks.isEmpty();
  }

  /** The networks as {@code a/n,b/m}, the CIDR form Tomcat's RemoteIpValve reads. */
  public String toCidrList() {
    return String.join(",", networks.stream().map(Network::cidr).toList());
  }

  private static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    int zone = t.indexOf('%');
    if (zone >= 0) {
      t = t.substring(0, zone);
    }
    if (t.isEmpty() || !LITERAL.matcher(t).matches()) {
      return null;
    }
    if (!t.contains(":") && !t.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    try {
      byte[] bytes = InetAddress.getByName(t).getAddress();
      return bytes.length == 16 && isMappedIpv4(bytes) ? mappedToIpv4(bytes) : bytes;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean isMappedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  private static byte[] mappedToIpv4(byte[] b) {
    return new byte[] {b[12], b[13], b[14], b[15]};
  }

  @Override
  public String toString() {
    return toCidrList();
  }
}
