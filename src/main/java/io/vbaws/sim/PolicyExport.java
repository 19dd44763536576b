package io.vbaws.sim;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The export of every SLA-based policy, as CSV (RFC 4180, a header line, one line per policy in
 * priority order) or as XML ({@code <Ec2SlaBasedPolicies>} of {@code <Policy>} elements).
 */
final class PolicyExport {
    static final List<String> COLUMNS = List.of("Id", "Name", "Description", "Priority", "Enabled", "Identity",
            "IdentityType", "Regions", "BackupType", "SlaTemplate", "StorageTemplate", "ProtectedInstances", "Usn");

    private final Estate estate;

    PolicyExport(Estate estate) {
        this.estate = estate;
    }

    String csv(List<StoredPolicy> policies, ToIntFunction<StoredPolicy> protectedCount) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (int i = 0; i < policies.size(); i++) {
            List<String> row = row(policies.get(i), i + 1, protectedCount);
            List<String> quoted = new ArrayList<>();
            for (String value : row) {
                quoted.add(quote(value));
            }
            out.append(String.join(",", quoted)).append("\r\n");
        }
        return out.toString();
    }

    byte[] xml(List<StoredPolicy> policies, ToIntFunction<StoredPolicy> protectedCount) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Ec2SlaBasedPolicies");
            for (int i = 0; i < policies.size(); i++) {
                StoredPolicy policy = policies.get(i);
                List<String> row = row(policy, i + 1, protectedCount);
                xml.writeStartElement("Policy");
                xml.writeAttribute("id", policy.id());
                for (int c = 1; c < COLUMNS.size(); c++) {
                    if (COLUMNS.get(c).equals("Regions")) {
                        xml.writeStartElement("Regions");
                        for (String regionId : policy.spec().regionIds()) {
                            EstateRegion region = estate.region(regionId);
                            xml.writeStartElement("Region");
                            xml.writeAttribute("id", regionId);
                            xml.writeCharacters(region == null ? regionId : region.code());
                            xml.writeEndElement();
                        }
                        xml.writeEndElement();
                    } else {
                        xml.writeStartElement(COLUMNS.get(c));
                        xml.writeCharacters(row.get(c));
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XML export", e);
        }
        return bytes.toByteArray();
    }

    private List<String> row(StoredPolicy policy, int priority, ToIntFunction<StoredPolicy> protectedCount) {
        SlaPolicySpec spec = policy.spec();
        AmazonAccount account = estate.account(spec.identityId());
        boolean organization = estate.organization().id().equals(spec.identityId());
        SlaTemplate template = estate.slaTemplate(spec.slaTemplateId());
        StorageTemplate storage = spec.storageTemplateId() == null ? null : estate.storageTemplate(spec.storageTemplateId());
        List<String> regions = spec.regionIds().stream().map(id -> {
            EstateRegion region = estate.region(id);
            return region == null ? id : region.code();
        }).toList();
        return List.of(policy.id(), spec.name(), Objects.toString(spec.description(), ""), String.valueOf(priority),
                String.valueOf(policy.enabled()),
                organization ? estate.organization().name() : account == null ? spec.identityId() : account.name(),
                organization ? "Organization" : "Account", String.join(";", regions), spec.backupType(),
                template == null ? "" : template.name(), storage == null ? "" : storage.name(),
                String.valueOf(protectedCount.applyAsInt(policy)), String.valueOf(policy.usn()));
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
