package org.amends.app.referral.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What makes two partner requests "the same": their referrals as parsed, written out again in one
 * canonical form, so that spacing or the order of the fields does not matter but any value does.
 */
@Component
class IdempotencyKeys {

  static final String RULE = "must be 1 to 255 visible ASCII characters";
  private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private final ObjectMapper canonical;

  IdempotencyKeys(ObjectMapper json) {
    this.canonical = json.copy()
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
        .configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
  }

  static boolean wellFormed(String key) {
    return WELL_FORMED.matcher(key).matches();
  }

  String digest(PartnerReferralRequest request) {
    try {
      byte[] bytes = canonical.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot digest a partner referral", e);
    }
  }
}
