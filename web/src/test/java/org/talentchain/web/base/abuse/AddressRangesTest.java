package org.talentchain.web.base.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressRangesTest {
  @Test
  void contains_addressesInsideAndOutsideTheNetworks() {
    AddressRanges r = AddressRanges.parse(" 10.0.0.0/8, 192.168.1.7 ,2001:db8::/32, ::1");

    assertThat(r.contains("10.200.3.4")).isTrue();
    assertThat(r.contains("11.0.0.1")).isFalse();
    assertThat(r.contains("192.168.1.7")).isTrue();
    assertThat(r.contains("192.168.1.8")).isFalse();
    assertThat(r.contains("2001:db8:1::5")).isTrue();
    assertThat(r.contains("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(r.contains("::ffff:10.1.2.3")).isTrue();
    assertThat(r.toCidrList()).startsWith("10.0.0.0/8,192.168.1.7/32,");
  }

  @Test
  void contains_namesAndGarbage_areNeverLookedUpAndNeverInside() {
    AddressRanges all = AddressRanges.parse("0.0.0.0/0");

    assertThat(all.contains("localhost")).isFalse();
    assertThat(all.contains("example.org")).isFalse();
    assertThat(all.contains("")).isFalse();
    assertThat(all.contains(null)).isFalse();
    assertThat(all.contains("1.2.3.4")).isTrue();
  }

  @Test
  void parse_blankIsNoAddress_badEntriesAreNamed() {
    assertThat(AddressRanges.parse("").isEmpty()).isTrue();
    assertThat(AddressRanges.parse(" , ").contains("127.0.0.1")).isFalse();
    assertThatThrownBy(() -> AddressRanges.parse("10.0.0.0/33"))
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> AddressRanges.parse("proxy.internal"))
        .hasMessageContaining("proxy.internal");
  }
}
