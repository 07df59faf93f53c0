// The in-memory Obsidian used by tests: Jest maps the module `obsidian` here. Only names the real
// `obsidian` module exports belong in this file (exportsMatch.ts checks it); host helpers are in testing.ts.
import './dom';

export { AbstractInputSuggest, PopoverSuggest } from './AbstractInputSuggest';
export { App } from './App';
export { BasesEntry, BasesEntryGroup, BasesQueryResult, parsePropertyId } from './BasesQueryResult';
export { BasesView } from './BasesView';
export { BasesViewConfig } from './BasesViewConfig';
export { arrayBufferToBase64, arrayBufferToHex, base64ToArrayBuffer, hexToArrayBuffer } from './base64';
export { ButtonComponent, ExtraButtonComponent } from './buttonComponents';
export { DropdownComponent, ToggleComponent } from './choiceComponents';
export {
  AbstractTextComponent,
  BaseComponent,
  SearchComponent,
  TextAreaComponent,
  TextComponent,
  ValueComponent,
} from './components';
export { Component } from './Component';
export { debounce } from './debounce';
export { Events } from './Events';
export { FileManager } from './FileManager';
export { FileView } from './FileView';
export { FuzzySuggestModal, SuggestModal } from './SuggestModal';
export { addIcon, getIcon, getIconIds, removeIcon, setIcon } from './icons';
export { ItemView } from './ItemView';
export { Keymap, Scope } from './Keymap';
export { getLinkpath, parseLinktext } from './linktext';
export { MarkdownRenderChild } from './MarkdownRenderChild';
export { MarkdownRenderer } from './MarkdownRenderer';
export { MarkdownView } from './MarkdownView';
export { Menu, MenuItem } from './Menu';
export {
  getAllTags,
  iterateCacheRefs,
  iterateRefs,
  resolveSubpath,
  stripHeading,
  stripHeadingForLink,
} from './metadataUtils';
export { MetadataCache } from './MetadataCache';
export { Modal } from './Modal';
export { Notice } from './Notice';
export { normalizePath } from './paths';
export { apiVersion, getLanguage, Platform, requireApiVersion } from './Platform';
export { Plugin } from './Plugin';
export { request, requestUrl } from './requestUrl';
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from './search';
export { SecretComponent } from './SecretComponent';
export { SecretStorage } from './SecretStorage';
export { Setting } from './Setting';
export { SettingGroup } from './SettingGroup';
export { SettingPage } from './SettingPage';
export { PluginSettingTab, SettingTab } from './SettingTab';
export { QueryController } from './QueryController';
export { TAbstractFile, TFile, TFolder } from './TAbstractFile';
export { displayTooltip, setTooltip } from './tooltip';
export {
  BooleanValue,
  DateValue,
  ListValue,
  NotNullValue,
  NullValue,
  NumberValue,
  ObjectValue,
  PrimitiveValue,
  RelativeDateValue,
  StringValue,
  TagValue,
  UrlValue,
  Value,
} from './values';
export { Vault } from './Vault';
export { View } from './View';
export { Workspace } from './Workspace';
export { WorkspaceLeaf } from './WorkspaceLeaf';
export {
  getFrontMatterInfo,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
  parseYaml,
  stringifyYaml,
} from './yaml';
