package org.reportminer.index.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Implementation found by Lucene's default attribute factory through the {@code Impl} naming convention. */
public final class CheckClearAttributesAttributeImpl extends AttributeImpl implements CheckClearAttributesAttribute {

    private boolean clearCalled;

    @Override
    public boolean getAndResetClearCalled() {
        boolean was = clearCalled;
        clearCalled = false;
        return was;
    }

    @Override
    public void clear() {
        clearCalled = true;
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(CheckClearAttributesAttribute.class, "clearCalled", clearCalled);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        target.clear();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckClearAttributesAttributeImpl o && o.clearCalled == clearCalled;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(clearCalled);
    }
}
