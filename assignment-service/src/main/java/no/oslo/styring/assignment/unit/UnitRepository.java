package no.oslo.styring.assignment.unit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public List<Unit> page(UnitKind kind, int page, int size) {
        var query = kind == null ? findAll(Sort.by("code")) : find("kind", Sort.by("code"), kind);
        return query.page(Page.of(page, size)).list();
    }
}
