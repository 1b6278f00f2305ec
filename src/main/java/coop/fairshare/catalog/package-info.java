/**
 * What the groups sell: products with their Thai and English text, satang prices, stock and food
 * facts, and the searches shoppers run over them (Thai segmented into words).
 */
package coop.fairshare.catalog;
